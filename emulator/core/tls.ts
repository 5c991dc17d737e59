
export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-1 fingerprint, printed so a user can pin it. */
  fingerprint?: string;
  selfSigned: boolean;
}

let generated: Promise<TlsMaterial> | undefined;

/**
 * A self-signed certificate for localhost and 127.0.0.1, made once per process (RSA key generation
 * takes ~150 ms) and shared by every HTTPS listener, unless the user gives their own.
 */
export function selfSignedCertificate(): Promise<TlsMaterial> {
  // Loaded on first use: the X.509 libraries cost ~50 ms of start-up that HTTP-only runs never need.
  generated ??= import('selfsigned').then((selfsigned) => generateWith(selfsigned)([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  } as Parameters<typeof import('selfsigned').generate>[1])).then((pems) => ({
    key: pems.private,
    cert: pems.cert,
    fingerprint: pems.fingerprint,
    selfSigned: true,
  }));
  return generated;
}

/** selfsigned is CommonJS: Node names its exports, a bundle may only give `default`. */
function generateWith(module: typeof import('selfsigned') & { default?: typeof import('selfsigned') }): typeof import('selfsigned').generate {
  return module.generate ?? module.default!.generate;
}
