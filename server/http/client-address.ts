import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

/**
 * The address a client is counted under by the sign-in throttle and the rate
 * limits. `request.ip` is the socket's peer unless WAYMARK_TRUST_PROXY names
 * the proxies. An IPv6 client holds a whole /64, so that prefix is its key.
 */
export const clientAddress = (request: FastifyRequest): string => normalizeIP(request.ip);
