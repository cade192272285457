/** Which registers a governance section shows: one program's, or (no programId) every visible program's. */
export interface GovernanceScope {
  programId?: string;
}
