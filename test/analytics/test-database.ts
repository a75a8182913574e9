// The analytics tests' name for the shared per-file test database.
export { createTestDatabase as openTestDatabase, type TestDatabase } from '../support/test-database.ts';
