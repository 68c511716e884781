import { AuthenticationConfiguration, AuthenticationError, SkillValidation, allowedCallersClaimsValidator, type Claim } from 'botframework-connector';

const FORBIDDEN = 403;

/**
 * Which parent bots may call this bot as a skill: the app ids in ALLOWED_CALLERS, or any with "*" (local development
 * only: config refuses "*" together with an app id). An empty list refuses every skill caller. Channels (Teams,
 * Direct Line, Twilio) are not skill callers and are not affected.
 */
export function callersValidator(allowedCallers: readonly string[]): (claims: Claim[]) => Promise<void> {
  const sdkValidator = allowedCallers.length > 0 ? allowedCallersClaimsValidator([...allowedCallers]) : null;
  return async (claims) => {
    if (!SkillValidation.isSkillClaim(claims)) return;
    try {
      if (!sdkValidator) throw new Error('no skill callers are allowed');
      await sdkValidator(claims);
    } catch {
      throw new AuthenticationError('This caller is not allowed to use this skill.', FORBIDDEN);
    }
  };
}

export function authConfiguration(allowedCallers: readonly string[]): AuthenticationConfiguration {
  return new AuthenticationConfiguration([], callersValidator(allowedCallers));
}
