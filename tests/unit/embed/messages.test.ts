import { describe, expect, test } from 'vitest';
import '../../../src/domain/csp-safe-zod';
import { hostMessageSchema, isConflictMapMessage, mapMessageSchema } from '../../../src/embed/messages';

const parse = (data: unknown) => hostMessageSchema.safeParse(data);

describe('host → map messages', () => {
  test('times may be epoch ms or ISO strings, and come out as epoch ms', () => {
    expect(parse({ type: 'conflict-map:set-time', time: 1661212800000 }).data).toEqual({ type: 'conflict-map:set-time', time: 1661212800000 });
    expect(parse({ type: 'conflict-map:set-time', time: '2022-08-23' }).data).toMatchObject({ time: Date.UTC(2022, 7, 23) });
    expect(parse({ type: 'conflict-map:set-time', time: '2022-08-23T10:00Z' }).data).toMatchObject({ time: Date.UTC(2022, 7, 23, 10) });
    expect(parse({ type: 'conflict-map:set-time', time: '2022-08-23T10:00:00+03:00' }).data).toMatchObject({ time: Date.UTC(2022, 7, 23, 7) });
    expect(
      parse({ type: 'conflict-map:set-window', window: { start: '2022-08-01', end: Date.UTC(2022, 8, 1) } }).data,
    ).toMatchObject({ window: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) } });
    expect(parse({ type: 'conflict-map:set-window', window: null }).success).toBe(true);
  });

  test('times that are not times are refused', () => {
    for (const time of ['yesterday', '2022-02-30', '2022-08-23T10:00', '', Number.NaN, Infinity, null, undefined, {}]) {
      expect(parse({ type: 'conflict-map:set-time', time }).success, String(time)).toBe(false);
    }
  });

  test('select takes one id or none', () => {
    expect(parse({ type: 'conflict-map:select', eventId: 'e1' }).data).toEqual({ type: 'conflict-map:select', eventId: 'e1' });
    expect(parse({ type: 'conflict-map:select', featureId: 'f1', requestId: 3 }).success).toBe(true);
    expect(parse({ type: 'conflict-map:select' }).success).toBe(true);
    expect(parse({ type: 'conflict-map:select', eventId: 'e1', featureId: 'f1' }).success).toBe(false);
    expect(parse({ type: 'conflict-map:select', eventId: 7 }).success).toBe(false);
    expect(parse({ type: 'conflict-map:select', eventId: '' }).success).toBe(false);
    expect(parse({ type: 'conflict-map:select', eventId: 'x'.repeat(501) }).success).toBe(false);
  });

  test('get-state needs a request id; play and pause need nothing', () => {
    expect(parse({ type: 'conflict-map:get-state', requestId: 'r1' }).success).toBe(true);
    expect(parse({ type: 'conflict-map:get-state', requestId: 12 }).success).toBe(true);
    expect(parse({ type: 'conflict-map:get-state' }).success).toBe(false);
    expect(parse({ type: 'conflict-map:play' }).success).toBe(true);
    expect(parse({ type: 'conflict-map:pause', requestId: 'p' }).success).toBe(true);
  });

  test('unknown types and non-objects are refused', () => {
    for (const data of [null, 'conflict-map:play', 42, [], { type: 'conflict-map:teleport' }, { type: 'play' }]) {
      expect(parse(data).success).toBe(false);
    }
  });
});

describe('telling our messages from others', () => {
  test('only objects whose type starts with conflict-map: are ours', () => {
    expect(isConflictMapMessage({ type: 'conflict-map:play' })).toBe(true);
    expect(isConflictMapMessage({ type: 'conflict-map:whatever' })).toBe(true);
    expect(isConflictMapMessage({ type: 'webpackOk' })).toBe(false);
    expect(isConflictMapMessage('conflict-map:play')).toBe(false);
    expect(isConflictMapMessage(null)).toBe(false);
    expect(isConflictMapMessage({ type: 5 })).toBe(false);
  });
});

describe('map → host messages', () => {
  test('an error message carries its code and the failed request', () => {
    const error = { type: 'conflict-map:error', version: 1, code: 'unknown-id', message: 'No event', request: 'conflict-map:select', requestId: 'r' };
    expect(mapMessageSchema.safeParse(error).success).toBe(true);
    expect(mapMessageSchema.safeParse({ ...error, version: 2 }).success).toBe(false);
    expect(mapMessageSchema.safeParse({ ...error, code: 'oops' }).success).toBe(false);
  });
});
