#!/usr/bin/env python3
"""Extracts the response models our clients read from the vendors' published specs into
tests/fixtures/specs/*.json (one normalized form for every vendor), for the contract tests.

Run: python3 scripts/extract-spec-models.py /work/shared/reference/specs
Form: {"source": ..., "models": {Model: {field: {"type": T, "nullable": bool}}}} where T is
string|integer|number|boolean|date-time|object|<Model>|array<T>. Needs PyYAML for the RMM spec.
"""
import json, sys, os

SPECS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/reference/specs'
OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'specs')

def closure(models, roots):
    seen, todo = {}, list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in models:
            continue
        seen[name] = models[name]
        for field in models[name].values():
            t = field['type']
            while t.startswith('array<'):
                t = t[6:-1]
            if t not in ('string', 'integer', 'number', 'boolean', 'date-time', 'object'):
                todo.append(t)
    return dict(sorted(seen.items()))

def openapi_models(schemas, nullable_default=False):
    out = {}
    def type_of(owner, field, s):
        if '$ref' in s:
            return s['$ref'].split('/')[-1]
        if 'allOf' in s and len(s['allOf']) == 1:
            return type_of(owner, field, s['allOf'][0])
        t = s.get('type')
        if t == 'array':
            return 'array<' + type_of(owner, field, s.get('items', {})) + '>'
        if t == 'object' and 'properties' in s:
            name = owner + '.' + field
            convert(name, s)
            return name
        if t == 'string' and s.get('format') == 'date-time':
            return 'date-time'
        return t or 'object'
    def convert(name, s):
        out[name] = {k: {'type': type_of(name, k, v), 'nullable': bool(v.get('nullable', nullable_default))}
                     for k, v in s.get('properties', {}).items()}
    for name, s in schemas.items():
        convert(name, s)
    return out

def write(name, source, models, roots):
    data = {'source': source, 'models': closure(models, roots)}
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(data, f, indent=1, sort_keys=False)
        f.write('\n')

manage = json.load(open(os.path.join(SPECS, 'cw-manage', 'models-2025.1.json')))['models']
manage_models = {n: {k: {'type': v['type'], 'nullable': bool(v.get('nullable'))} for k, v in m.items()} for n, m in manage.items()}
write('cw-manage-2025.1.json',
      'ConnectWise Manage 2025.1 models (ai-connor/connectwise a3f4801, via shared/reference/specs/cw-manage), extracted 2026-12-01',
      manage_models,
      ['Company', 'CompanyStatus', 'CompanyType', 'SecurityRole', 'SecurityRoleSetting', 'MySecurity', 'Member',
       'Board', 'BoardStatus', 'Agreement', 'Addition', 'Info', 'ApiMember'])

import yaml
rmm = yaml.safe_load(open(os.path.join(SPECS, 'connectwise-rmm', 'asio-openapi.yml')))
write('cw-rmm-asio.json',
      'ConnectWise Asio OpenAPI (shared/reference/specs/connectwise-rmm/asio-openapi.yml), components.schemas, extracted 2026-12-01',
      openapi_models(rmm['components']['schemas']), ['Company', 'Site'])

automate = json.load(open(os.path.join(SPECS, 'automate', 'System.json')))
write('cw-automate.json',
      'ConnectWise Automate REST API (shared/reference/specs/automate/System.json), components.schemas, extracted 2026-12-01',
      openapi_models(automate['components']['schemas']),
      ['LabTech.Models.Client', 'Automate.Api.Domain.Contracts.Users.UserClass', 'Automate.Api.Domain.Contracts.Users.User'])
