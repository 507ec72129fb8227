/**
 * Lets pending events (input, rendering, messages) run before the caller goes on. A
 * message-channel task comes sooner than a setTimeout, which browsers clamp to 4 ms or more.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
