/*
 * Moved to lib/result.ts (one result module for lib/, issue 15). This path
 * stays only so branches written before the move still build; import
 * "@/lib/result" in new code.
 */
export { fail, Rollback, type Failure, type Result } from "@/lib/result";
