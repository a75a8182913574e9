// The shapes the onboarding page reads from the API (only the fields it uses).
export interface Question {
  field: string;
  type: string;
  prompt: string;
  help?: string;
  examples?: string[];
  options?: { value: string; label: string }[];
}

/** A row of GET /sessions. */
export interface SessionListItem {
  id: string;
  state: string;
  created_at: string;
  site_name: string | null;
  organisation_name: string | null;
}

export interface SessionView {
  id: string;
  state: string;
  next_question: Question | null;
  progress: { percent: number; answered?: number; total?: number };
  recommendation_id: string | null;
  error: { message: string } | null;
  messages: { role: string; text: string; at: string }[];
  client_id?: string | null;
  created_at?: string;
  updated_at?: string;
}

export interface Finding { severity: 'error' | 'warning' | 'info'; code: string; message: string; path: string }

export interface Shift { name: string; start: string; end: string; staff: number }
export interface GuardTour { name: string; checkpoints: number; frequency_minutes: number; shift_coverage: string[] }

export interface RecommendationView {
  id: string;
  session_id: string;
  /** Counts the recommendation's changes; its ETag is "rev-<revision>". */
  revision: number;
  status: string;
  configuration: {
    business_unit: { name: string; site_name: string; site_type: string; buildings?: number; floors?: number; operating_hours: { mode: string; start_minute?: number; end_minute?: number; days?: string[] } };
    shifts: Shift[];
    guard_tours: GuardTour[];
    meters: Meter[];
    registers: { type: string; enabled: boolean; fields: string[] }[];
  };
  confidence: number;
  valid: boolean;
  findings: Finding[];
  degraded?: boolean;
  rationale?: unknown;
}

export interface Meter { type: string; unit: string; reading_schedule: string; reading_time: string; reading_day?: string }

export interface TaskView {
  task_id: string;
  status: string;
  result?: Record<string, unknown>;
  error?: { message?: string; type?: string } | string;
}

export const FINAL_TASK_STATES = new Set(['completed', 'failed', 'dead_lettered']);
