import { z } from 'zod';
import { VERSION } from '../version';
import { prefillSchema } from './prefill';
import { assessmentResultSchema } from './resultSchema';

export const MANIFEST_PATH = '/manifests/liver-test-guide-manifest.json';
export const MANIFEST_SCHEMA = 'https://schemas.botframework.com/schemas/skills/v2.2/skill-manifest.json';

/** The Bot Framework skill manifest (schema 2.2), with the endpoint and app id from config. */
export function skillManifest(endpointBase: string, appId: string | undefined): Record<string, unknown> {
  return {
    $schema: MANIFEST_SCHEMA,
    $id: 'LiverTestGuide',
    name: 'Liver Test Guide',
    version: VERSION,
    description: 'Explains a liver blood test with a raised ALT and a normal AST, and how soon to see a doctor. Information, not a diagnosis.',
    publisherName: 'Liver Test Guide',
    tags: ['health', 'liver', 'ALT', 'triage'],
    endpoints: [
      {
        name: 'default',
        protocol: 'BotFrameworkV3',
        description: 'Production endpoint of Liver Test Guide',
        endpointUrl: `${endpointBase.replace(/\/$/, '')}/api/messages`,
        msAppId: appId ?? '00000000-0000-0000-0000-000000000000',
      },
    ],
    activities: {
      assess: {
        description: 'Starts the guided assessment. Known answers may be passed in the shape of the assessment contract and are not asked again. Ends with endOfConversation whose value is the assessment result.',
        type: 'event',
        name: 'assess',
        value: { $ref: '#/definitions/assessmentInput' },
        resultValue: { $ref: '#/definitions/assessmentResult' },
      },
      message: {
        type: 'message',
        description: 'Talks with the person directly (the same assessment, started by any message).',
        resultValue: { $ref: '#/definitions/assessmentResult' },
      },
    },
    definitions: {
      assessmentInput: z.toJSONSchema(prefillSchema, { target: 'draft-7' }),
      assessmentResult: z.toJSONSchema(assessmentResultSchema, { target: 'draft-7' }),
    },
  };
}
