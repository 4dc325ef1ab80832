/**
 * Loopback-only networking for a Node process, loaded with `node --import <this file>`.
 *
 * The Agents Playground tries the network even with --disable-telemetry (the Azure IMDS probe
 * at 169.254.169.254, DNS lookups for Application Insights). In a test nothing may leave this
 * machine, and CI containers may not allow a network namespace, so this module patches the
 * process's network entry points before the playground's code loads:
 * - TCP and TLS connects (net.Socket#connect: http, https, fetch, tls, http2 all go through it)
 *   to anything but loopback fail at once: ENETUNREACH for an address, ENOTFOUND for a name;
 * - dns.lookup of a non-loopback name fails with ENOTFOUND; dns.resolve* (which asks a DNS
 *   server) always fails with ECONNREFUSED;
 * - UDP sends and connects to non-loopback addresses fail with ENETUNREACH.
 * - servers that would listen on every interface listen on 127.0.0.1 instead.
 * Child processes are not blocked but recorded; node children inherit the guard through
 * NODE_OPTIONS when the parent sets it (see playground-process.ts).
 *
 * Every refused attempt is appended as a JSON line to $NETWORK_GUARD_LOG when it is set, so a
 * test can assert that the guard was in place and what it stopped.
 */
import { ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';
import { isLoopbackHost } from './loopback.js';

/** One line of the guard's log: a refused network attempt, or a child process started (allowed). */
export interface GuardRecord {
  kind: 'connect' | 'lookup' | 'resolve' | 'udp' | 'spawn';
  host?: string;
  port?: number;
  file?: string;
}

const INSTALLED = Symbol.for('aws-chatops.network-guard');
const LOG = process.env.NETWORK_GUARD_LOG;

function record(attempt: GuardRecord): void {
  if (!LOG) return;
  try {
    appendFileSync(LOG, `${JSON.stringify({ ...attempt, pid: process.pid })}\n`);
  } catch {
    // The log is a diagnostic; the guard still refuses without it.
  }
}

function refusal(host: string, port?: number): NodeJS.ErrnoException {
  const byName = net.isIP(host) === 0;
  const code = byName ? 'ENOTFOUND' : 'ENETUNREACH';
  const syscall = byName ? 'getaddrinfo' : 'connect';
  const err: NodeJS.ErrnoException = new Error(`${syscall} ${code} ${host}${port ? `:${port}` : ''} (refused by the test network guard: loopback only)`);
  return Object.assign(err, { code, errno: byName ? -3008 : -101, syscall, ...(byName ? { hostname: host } : { address: host, port }) });
}

type ConnectTarget = { host?: string; port?: number; path?: string };
type Normalized = [ConnectTarget, unknown];
const normalizeArgs = (net as unknown as { _normalizeArgs(args: unknown[]): Normalized })._normalizeArgs;

function guardTcp(): void {
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    // net.connect() passes already normalized args as one array; a direct call passes the raw ones.
    const [target] = Array.isArray(args[0]) ? (args[0] as Normalized) : normalizeArgs(args);
    if (!target.path && !isLoopbackHost(target.host)) {
      const host = String(target.host);
      record({ kind: 'connect', host, port: Number(target.port) || undefined });
      const err = refusal(host, Number(target.port) || undefined);
      process.nextTick(() => this.destroy(err));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof original;
}

function guardDns(): void {
  const lookup = dns.lookup;
  const guardedLookup = function (hostname: string, ...rest: unknown[]) {
    if (net.isIP(hostname) === 0 && !isLoopbackHost(hostname)) {
      record({ kind: 'lookup', host: hostname });
      const callback = rest[rest.length - 1] as (err: NodeJS.ErrnoException) => void;
      process.nextTick(() => callback(refusal(hostname)));
      return undefined;
    }
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
  Object.defineProperty(dns, 'lookup', { value: guardedLookup, writable: true, configurable: true, enumerable: true });
  const promiseLookup = dns.promises.lookup;
  const guardedPromiseLookup = async (hostname: string, ...rest: unknown[]) => {
    if (net.isIP(hostname) === 0 && !isLoopbackHost(hostname)) {
      record({ kind: 'lookup', host: hostname });
      throw refusal(hostname);
    }
    return (promiseLookup as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
  };
  Object.defineProperty(dns.promises, 'lookup', { value: guardedPromiseLookup, writable: true, configurable: true, enumerable: true });

  // resolve* asks a DNS server over the network, whatever the name: always refused.
  const names = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
  const refused = (hostname: unknown) => {
    record({ kind: 'resolve', host: String(hostname) });
    return Object.assign(new Error(`queryA ECONNREFUSED ${String(hostname)} (refused by the test network guard: loopback only)`), { code: 'ECONNREFUSED', syscall: 'query', hostname: String(hostname) });
  };
  const callbackStyle = (hostname: unknown, ...rest: unknown[]) => {
    const callback = rest[rest.length - 1] as (err: Error) => void;
    const err = refused(hostname);
    process.nextTick(() => callback(err));
    return {};
  };
  const promiseStyle = async (hostname: unknown) => {
    throw refused(hostname);
  };
  for (const name of names) {
    for (const target of [dns, dns.Resolver.prototype] as Record<string, unknown>[]) {
      if (typeof target[name] === 'function') Object.defineProperty(target, name, { value: callbackStyle, writable: true, configurable: true });
    }
    for (const target of [dns.promises, dns.promises.Resolver.prototype] as Record<string, unknown>[]) {
      if (typeof target[name] === 'function') Object.defineProperty(target, name, { value: promiseStyle, writable: true, configurable: true });
    }
  }
}

function guardUdp(): void {
  const proto = dgram.Socket.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const send = proto.send!;
  const connect = proto.connect!;
  proto.send = function (this: dgram.Socket, ...args: unknown[]) {
    // send(msg, [offset, length,] port, address, cb): the address is the first string after the port.
    const address = args.slice(1).find((a) => typeof a === 'string') as string | undefined;
    if (address !== undefined && !isLoopbackHost(address)) {
      record({ kind: 'udp', host: address });
      const callback = args.find((a, i) => i > 0 && typeof a === 'function') as ((err: Error) => void) | undefined;
      const err = refusal(address);
      process.nextTick(() => (callback ? callback(err) : this.emit('error', err)));
      return undefined;
    }
    return send.apply(this, args);
  };
  proto.connect = function (this: dgram.Socket, port: unknown, address?: unknown, ...rest: unknown[]) {
    if (typeof address === 'string' && !isLoopbackHost(address)) {
      record({ kind: 'udp', host: address, port: Number(port) });
      const err = refusal(address, Number(port));
      process.nextTick(() => this.emit('error', err));
      return undefined;
    }
    return connect.call(this, port, address, ...rest);
  };
}

function listenOnLoopback(): void {
  const listen = net.Server.prototype.listen as (...a: unknown[]) => net.Server;
  net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]) {
    const [first, second] = args;
    if (args.length === 0 || typeof first === 'function') args.unshift(0, '127.0.0.1');
    else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      if (typeof second !== 'string') args.splice(1, 0, '127.0.0.1');
      else if (!isLoopbackHost(second)) args[1] = '127.0.0.1';
    } else if (first && typeof first === 'object' && !('fd' in first) && !('_handle' in first) && !('handle' in first) && !('path' in first)) {
      const host = (first as { host?: string }).host;
      if (!host || !isLoopbackHost(host)) args[0] = { ...first, host: '127.0.0.1' };
    }
    return listen.apply(this, args);
  } as typeof net.Server.prototype.listen;
}

function recordSpawns(): void {
  const proto = ChildProcess.prototype as unknown as { spawn(options: { file?: string }): unknown };
  const spawn = proto.spawn;
  proto.spawn = function (this: ChildProcess, options: { file?: string }) {
    record({ kind: 'spawn', file: options?.file });
    return spawn.call(this, options);
  };
}

const global = globalThis as Record<symbol, unknown>;
if (!global[INSTALLED]) {
  global[INSTALLED] = true;
  guardTcp();
  guardDns();
  guardUdp();
  listenOnLoopback();
  recordSpawns();
}
