import type { AssessmentStore, StoredAssessment } from './ports.js';

/** Every stored assessment, ordered by state then treaty. */
export async function listAssessments(deps: {
  assessments: AssessmentStore;
}): Promise<StoredAssessment[]> {
  const all = await deps.assessments.listAll();
  return [...all].sort(
    (a, b) => a.state.localeCompare(b.state) || a.treaty.localeCompare(b.treaty),
  );
}
