import type { Page } from '@playwright/test';

/**
 * Evaluates an expression inside our content script's isolated world, through the DevTools
 * protocol, so a test can act as the content script would (e.g. send it a message).
 */
export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const isolated = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.name === 'MSP Portal Companion',
  );
  if (!isolated)
    throw new Error('The content script world of MSP Portal Companion was not found on this page.');
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId: isolated.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  if (exceptionDetails) throw new Error(`Content script evaluation failed: ${exceptionDetails.text}`);
  return result.value as T;
}
