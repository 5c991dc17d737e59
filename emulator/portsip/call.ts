import { portsipErrors, type PortsipErrorId } from '../../contracts/portsip/errors.ts';
import { VendorError } from '../core/errors.ts';

/** Throws the PortSIP error `id`, rendered by the pack as a non-2xx JSON error. */
export function fail(id: PortsipErrorId, message?: string): never {
  throw new VendorError(portsipErrors[id], message);
}
