import { describe, expect, it } from 'vitest';
import { readInvitation, undoMailEncoding } from '@/lib/regions/invitation';

const CODE = 'R3g-7Kq9-ZZ41-abcd';
const EMAIL = `Hello,

You have been invited to register as a device user.
Server URL: https://usa.cloud.watchguard.com
Account ID: WGC-1-123abc456
Registration Code: ${CODE}

This invitation was sent by your administrator.`;

const codes = (reading: ReturnType<typeof readInvitation>) => reading.findings.map((f) => f.code);

describe('readInvitation', () => {
  it('extracts the three values from a plain email, with no error', () => {
    const reading = readInvitation(EMAIL);
    expect(reading.fields.serverUrl.value).toBe('https://usa.cloud.watchguard.com');
    expect(reading.fields.accountId.value).toBe('WGC-1-123abc456');
    expect(reading.fields.registrationCode.value).toBe(CODE);
    expect(reading.serverRegion).toBe('na');
    expect(reading.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('says an empty text is empty and extracts nothing', () => {
    const reading = readInvitation('  \n ');
    expect(codes(reading)).toEqual(['empty-text']);
    expect(reading.fields.registrationCode.value).toBeUndefined();
  });

  it('refuses to pick between two registration codes, and never echoes either', () => {
    const reading = readInvitation(`${EMAIL}\n\nRegistration Code: OTHER-CODE-1234`);
    expect(reading.fields.registrationCode).toEqual({ candidates: 2 });
    const ambiguous = reading.findings.find((f) => f.code === 'ambiguous');
    expect(ambiguous?.field).toBe('registrationCode');
    for (const finding of reading.findings) {
      expect(finding.message).not.toContain(CODE);
      expect(finding.message).not.toContain('OTHER-CODE');
    }
  });

  it('accepts the same code quoted twice (a forwarded email) as one value', () => {
    const reading = readInvitation(`${EMAIL}\n> Registration Code: ${CODE}`);
    expect(reading.fields.registrationCode.value).toBe(CODE);
  });

  it('undoes quoted-printable soft breaks and &nbsp; from an HTML-mangled copy', () => {
    const mangled = `Server URL:&nbsp;https://deu.cloud.watch=\nguard.com<br>Account ID:&nbsp;WGC-3-9f8e7d<br>Registration Code:&nbsp;AB=\nCD-1234`;
    const reading = readInvitation(mangled);
    expect(reading.fields.serverUrl.value).toBe('https://deu.cloud.watchguard.com');
    expect(reading.fields.accountId.value).toBe('WGC-3-9f8e7d');
    expect(reading.fields.registrationCode.value).toBe('ABCD-1234');
    expect(reading.serverRegion).toBe('emea');
    expect(codes(reading)).toContain('mail-encoding');
  });

  it('joins a value wrapped over two lines and says so', () => {
    const reading = readInvitation(
      'Server URL: https://usa.cloud.watchguard.com\nAccount ID: WGC-1-1\nRegistration Code: ABCD-EFGH-\nIJKL-MNOP\n\nThanks.',
    );
    expect(reading.fields.registrationCode.value).toBe('ABCD-EFGH-IJKL-MNOP');
    const split = reading.findings.find((f) => f.code === 'split-over-lines');
    expect(split?.field).toBe('registrationCode');
    expect(split?.message).not.toContain('ABCD');
  });

  it('reads a value on the line after its label', () => {
    const reading = readInvitation(
      'Registration Code:\nXYZ-123\nAccount ID: WGC-1-1\nServer URL: usa.cloud.watchguard.com',
    );
    expect(reading.fields.registrationCode.value).toBe('XYZ-123');
  });

  it('removes an invisible character and names it', () => {
    const reading = readInvitation(EMAIL.replace('WGC-1-123abc456', 'WGC-1-123\u200Babc456'));
    expect(reading.fields.accountId.value).toBe('WGC-1-123abc456');
    expect(reading.findings.find((f) => f.code === 'invisible-character')?.message).toContain(
      'zero-width space',
    );
  });

  it('warns about an Account ID of another shape', () => {
    const reading = readInvitation(EMAIL.replace('WGC-1-123abc456', '123456'));
    expect(reading.findings.find((f) => f.code === 'unexpected-format')?.severity).toBe('warning');
  });

  it('flags a server URL in another region than the saved connection for the account', () => {
    const reading = readInvitation(EMAIL, {
      knownAccounts: [{ accountId: 'wgc-1-123ABC456', region: 'emea' }],
    });
    const mismatch = reading.findings.find((f) => f.code === 'region-mismatch');
    expect(mismatch?.severity).toBe('error');
    expect(mismatch?.message).toContain('EMEA');
  });

  it('flags an http:// or unknown server and a missing label', () => {
    const reading = readInvitation('Server URL: http://example.org\nAccount ID: WGC-1-1');
    expect(codes(reading)).toEqual(expect.arrayContaining(['insecure-scheme', 'unknown-host', 'not-found']));
    expect(reading.findings.find((f) => f.code === 'not-found')?.field).toBe('registrationCode');
  });

  it('names a ConnectWise RMM server pasted as the Server URL', () => {
    const reading = readInvitation(
      EMAIL.replace('https://usa.cloud.watchguard.com', 'https://openapi.service.itsupport247.net'),
    );
    expect(reading.findings.find((f) => f.code === 'unknown-host')?.message).toContain('ConnectWise RMM');
  });
});

describe('undoMailEncoding', () => {
  it('leaves clean text alone', () => {
    expect(undoMailEncoding('Account ID: WGC-1-1')).toEqual({ text: 'Account ID: WGC-1-1', undone: [] });
  });
  it('decodes =3D and numeric entities', () => {
    expect(undoMailEncoding('a=3Db &#65;&#x42;').text).toBe('a=b AB');
  });
});
