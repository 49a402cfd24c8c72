// What a failed job may log: the class of its error, never what the error says about whom it was for.
import { describe, expect, it } from 'vitest';
import { errorClassOf } from './failure.ts';

class WebPushError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly endpoint: string,
  ) {
    super(message);
    this.name = 'WebPushError';
  }
}

describe('second audit 9: a failed job is logged by its class of error', () => {
  it("keeps a mail server's code and reply code, and drops the address it names", () => {
    const smtp = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <pat@example.org>: no such mailbox"), {
      code: 'EENVELOPE',
      responseCode: 550,
      rejected: ['pat@example.org'],
      response: '550 <pat@example.org>: no such mailbox',
    });
    expect(errorClassOf(smtp)).toEqual({ errorClass: 'Error', code: 'EENVELOPE', status: 550 });
  });

  it("keeps a push service's status, and drops the endpoint", () => {
    const push = new WebPushError('Received unexpected response code', 500, 'https://fcm.googleapis.com/fcm/send/secret');
    expect(JSON.stringify(errorClassOf(push))).toBe('{"errorClass":"WebPushError","status":500}');
  });

  it('names a subclass of Error by its class, and anything else thrown by its type; a code that is not a code is left out', () => {
    expect(errorClassOf(new TypeError('pat@example.org'))).toEqual({ errorClass: 'TypeError' });
    expect(errorClassOf(Object.assign(new Error('x'), { code: 'see https://aftercare.example.org/diary/x' }))).toEqual({
      errorClass: 'Error',
    });
    expect(errorClassOf('pat@example.org')).toEqual({ errorClass: 'string' });
  });
});
