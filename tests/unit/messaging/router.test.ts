import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommandError, commands, createRouter, defineCommand, sendCommand } from '@/lib/messaging';

const policy = {
  extensionId: 'ext-id',
  extensionOrigin: 'chrome-extension://ext-id',
  contentScriptMatches: () => ({
    cwManage: ['https://*.myconnectwise.net/*'],
    watchguard: ['https://*.cloud.watchguard.com/*'],
    cwRmm: [],
  }),
};
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const manageTab = {
  id: 'ext-id',
  url: 'https://na.myconnectwise.net/v4_6_release/services/system_io/router/openrecord.rails',
  tab: { id: 7 },
};

const registry = {
  ...commands,
  echo: defineCommand({
    name: 'echo',
    request: z.object({ text: z.string().max(10) }),
    response: z.object({ text: z.string() }),
    allowedFrom: ['extension-page', 'content-script'],
    portals: ['cwManage', 'watchguard'],
  }),
  broken: defineCommand({
    name: 'broken',
    request: z.object({}),
    response: z.object({ n: z.number() }),
    allowedFrom: ['extension-page'],
  }),
  explode: defineCommand({
    name: 'explode',
    request: z.object({ secret: z.string() }),
    response: z.object({}),
    allowedFrom: ['extension-page'],
  }),
};

const route = createRouter(
  registry,
  {
    ping: (_p, { context }) => ({ version: '1.2.3', senderContext: context }),
    getExtensionStatus: () => ({ version: '1.2.3', startedAt: '2026-01-01T00:00:00.000Z' }),
    echo: ({ text }) => ({ text }),
    broken: () => ({ n: 'not a number' }) as unknown as { n: number },
    explode: ({ secret }) => {
      throw new Error(`request to https://x/?key=${secret} failed`);
    },
  },
  policy,
);

describe('message router', () => {
  it('answers a valid command with its typed data and the sender context', async () => {
    expect(await route({ command: 'ping', payload: {} }, manageTab)).toEqual({
      ok: true,
      data: { version: '1.2.3', senderContext: 'content-script' },
    });
    expect(await route({ command: 'ping', payload: {} }, popup)).toEqual({
      ok: true,
      data: { version: '1.2.3', senderContext: 'extension-page' },
    });
  });

  it('refuses an unknown command, including prototype keys', async () => {
    for (const command of ['nope', 'toString', '__proto__', 'constructor']) {
      const result = await route({ command, payload: {} }, popup);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
    }
  });

  it('refuses a message that is not an envelope', async () => {
    for (const message of [undefined, null, 'ping', { payload: {} }, { command: '' }]) {
      expect(await route(message, popup)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('names the field that breaks the request schema', async () => {
    const result = await route({ command: 'echo', payload: { text: 'far too long text' } }, popup);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain('text');
    }
  });

  it('refuses a command reserved to extension pages when a content script sends it', async () => {
    const result = await route({ command: 'getExtensionStatus', payload: {} }, manageTab);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses senders it cannot place: other extensions, unrelated hosts, no tab', async () => {
    const senders = [
      { ...popup, id: 'other-extension' },
      { id: 'ext-id', url: 'https://evil.example/', tab: { id: 1 } },
      { id: 'ext-id', url: manageTab.url },
      { id: 'ext-id', url: 'https://myconnectwise.net.evil.example/', tab: { id: 1 } },
      { id: 'ext-id' },
    ];
    for (const sender of senders) {
      const result = await route({ command: 'ping', payload: {} }, sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('refuses an answer that breaks the response schema', async () => {
    const result = await route({ command: 'broken', payload: {} }, popup);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });

  it('hides an unexpected error text, which may carry secrets', async () => {
    const logged: string[] = [];
    const logging = createRouter(
      registry,
      { explode: () => Promise.reject(new Error('key=s3cr3t')) },
      policy,
      (m) => logged.push(m),
    );
    const result = await logging({ command: 'explode', payload: { secret: 's3cr3t' } }, popup);
    expect(result).toMatchObject({ ok: false, error: { code: 'handler-failed' } });
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
    expect(logged.join('\n')).not.toContain('s3cr3t');
  });

  it('passes a CommandError message through for the caller to show', async () => {
    const withCommandError = createRouter(
      registry,
      {
        echo: () => {
          throw new CommandError('Connect a ConnectWise Manage account first.', { kind: 'no-connection' });
        },
      },
      policy,
    );
    expect(await withCommandError({ command: 'echo', payload: { text: 'x' } }, popup)).toEqual({
      ok: false,
      error: {
        code: 'handler-failed',
        message: 'Connect a ConnectWise Manage account first.',
        detail: { kind: 'no-connection' },
      },
    });
  });
});

describe('sendCommand', () => {
  const loopback = (message: unknown) => route(message, popup);

  it('round-trips through the router with typed data', async () => {
    expect(await sendCommand(loopback, registry.echo, { text: 'hi' })).toEqual({
      ok: true,
      data: { text: 'hi' },
    });
  });

  it('checks the request before sending', async () => {
    let sent = false;
    const result = await sendCommand(
      async () => {
        sent = true;
      },
      registry.echo,
      { text: 'x'.repeat(20) },
    );
    expect(sent).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('never resolves to undefined', async () => {
    expect(await sendCommand(async () => undefined, commands.ping, {})).toMatchObject({
      ok: false,
      error: { code: 'no-response' },
    });
    expect(await sendCommand(async () => ({ weird: true }), commands.ping, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-response' },
    });
    expect(
      await sendCommand(async () => ({ ok: true, data: { version: 3 } }), commands.ping, {}),
    ).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(
      await sendCommand(
        () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
        commands.ping,
        {},
      ),
    ).toMatchObject({ ok: false, error: { code: 'transport-failed' } });
  });
});
