import type { Config } from '../config';
import { ScrubSpanProcessor } from './scrub';

/**
 * Exports traces and metrics to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set; otherwise nothing is
 * loaded and the API calls in the code are no-ops. @azure/monitor-opentelemetry 1.18.1 is the newest that accepts
 * Node 20 (move to @microsoft/opentelemetry when Node 22 is the floor). Its statsbeat (the SDK's own usage reports to
 * Microsoft) is off unless TELEMETRY_STATSBEAT=true. Database instrumentations are off: the bot uses none.
 */
export function startTelemetry(config: Config): boolean {
  const connectionString = config.telemetry.connectionString;
  if (!connectionString) return false;
  if (!config.telemetry.statsbeat) process.env.APPLICATIONINSIGHTS_STATSBEAT_DISABLED = 'true';
  const { useAzureMonitor } = require('@azure/monitor-opentelemetry') as typeof import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
    },
    spanProcessors: [new ScrubSpanProcessor()],
  });
  return true;
}
