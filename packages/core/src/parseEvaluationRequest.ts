import * as z from 'zod/mini';
import { parseInput } from './parseInput.js';
import { stateCodeSchema } from './stateCodeSchema.js';

/** What to evaluate: one state, or every state with events when `state` is absent. */
export interface EvaluationRequest {
  readonly state?: string;
}

/**
 * An evaluation request `{state?}` as sent to the webhook: `{}` evaluates
 * every state, `{"state": "UA"}` one (upper-cased); other fields are refused.
 */
export const evaluationRequestSchema = z.strictObject(
  { state: z.optional(stateCodeSchema) },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'unknown field; only "state" is accepted'
        : 'must be a JSON object such as {"state": "UA"} or {}',
  },
);

/**
 * Validates an evaluation request `{state?}`; throws `InvalidInputError`
 * naming the bad or unknown fields.
 *
 * @example
 * parseEvaluationRequest({ state: 'ua' }) // { state: 'UA' }
 * parseEvaluationRequest({}) // {}
 */
export function parseEvaluationRequest(input: unknown): EvaluationRequest {
  return parseInput(evaluationRequestSchema, input, '(evaluation)');
}
