import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from '../../../../lib/vendors/http';

describe('parseLinkHeader', () => {
  it('reads the ConnectWise navigable form', () => {
    const value =
      '<https://staging.connectwisedev.com/v2017_3/apis/3.0/company/companies?pageSize=50&page=2>; rel="next", ' +
      '<https://staging.connectwisedev.com/v2017_3/apis/3.0/company/companies?pageSize=50&page=4>; rel="last"';
    expect(parseLinkHeader(value)).toEqual({
      next: 'https://staging.connectwisedev.com/v2017_3/apis/3.0/company/companies?pageSize=50&page=2',
      last: 'https://staging.connectwisedev.com/v2017_3/apis/3.0/company/companies?pageSize=50&page=4',
    });
  });

  it('keeps commas inside URLs and accepts unquoted or multiple rels', () => {
    const value =
      '<https://x/a?conditions=id in (1,2)&page=2>; rel=next, <https://x/a?page=1>; rel="first prev"';
    expect(parseLinkHeader(value)).toEqual({
      next: 'https://x/a?conditions=id in (1,2)&page=2',
      first: 'https://x/a?page=1',
      prev: 'https://x/a?page=1',
    });
  });

  it('returns nothing for an empty or absent header', () => {
    expect(parseLinkHeader('')).toEqual({});
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('garbage')).toEqual({});
  });
});
