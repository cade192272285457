import type { paths } from '../../../../contracts/api-client';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type Survey = JsonOf<paths['/api/surveys/{id}']['get']['responses'][200]>;
export type SurveyQuestion = Survey['questions'][number];
export type SurveyResults = JsonOf<paths['/api/surveys/{id}/results']['get']['responses'][200]>;
export type SurveyInvitationList = JsonOf<
  paths['/api/surveys/{id}/invitations']['post']['responses'][201]
>;
export type PublicSurvey = JsonOf<paths['/api/survey-responses/{token}']['get']['responses'][200]>;
export type SurveyCreate =
  paths['/api/surveys']['post']['requestBody']['content']['application/json'];

export const SEND_TRIGGER_LABEL: Record<Survey['sendTrigger'], string> = {
  manual: 'Only when I invite',
  milestone_achieved: 'After each milestone is achieved',
  program_completed: 'When the program is completed',
  quarterly: 'On the first day of each fiscal quarter',
};

/** `0.6667` → `67%`; no rate (nobody invited) → `—`. */
export const percent = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 100)}%`;
