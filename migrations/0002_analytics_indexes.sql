-- Funnel and optimizer reports read one tenant's events of some types over a
-- time range; this index lets the funnel read state changes without the rest.
CREATE INDEX analytics_events_tenant_type_time_idx ON analytics_events (tenant_id, type, created_at);
