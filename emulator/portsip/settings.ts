import { GREETING_MAX_BYTES_DEFAULT } from '../../contracts/portsip/greetings.ts';

/**
 * Numeric settings of the PortSIP pack, read from the environment when the pack mounts. They are not
 * credentials and not on/off quirks, so they are plain environment variables:
 * - PORTSIP_TOKEN_TTL: token validity in seconds (default 30, "validity of 30 seconds", lines 3-5);
 * - PORTSIP_GREETING_MAX_BYTES: largest greeting upload (default 5 MiB).
 */
export interface PortsipSettings {
  tokenTtlSeconds: number;
  greetingMaxBytes: number;
}

export const SETTING_ENV = { tokenTtlSeconds: 'PORTSIP_TOKEN_TTL', greetingMaxBytes: 'PORTSIP_GREETING_MAX_BYTES' } as const;

export function portsipSettings(env: NodeJS.ProcessEnv = process.env): PortsipSettings {
  return {
    tokenTtlSeconds: positive(env, SETTING_ENV.tokenTtlSeconds, 30),
    greetingMaxBytes: positive(env, SETTING_ENV.greetingMaxBytes, GREETING_MAX_BYTES_DEFAULT),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${raw}")`);
  return value;
}
