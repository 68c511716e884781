import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** A limit of `perMinute` requests a minute (or per `seconds`) for each key (a client address, see clientKey). */
export class PerMinuteLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(perMinute: number, seconds = 60) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: seconds });
  }

  /** Counts one request; the seconds to wait when over the limit, or 0 when it may go on. */
  async take(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refused) {
      if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      throw refused;
    }
  }
}
