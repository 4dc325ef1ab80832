#!/usr/bin/env python3
"""Regenerate expected.jsonl from lines.txt with the real AWS CLI v1 parser, offline.

Each line of lines.txt is a command as typed after "@aws" (e.g.
`ec2 describe-instances --instance-ids i-1 i-2`); blank lines and lines starting
with `#` are skipped. For each line we drive awscli's own CLIDriver in-process
(awscli.clidriver.create_clidriver) with fake credentials and capture what the
CLI hands to botocore:

* params: captured by a handler registered FIRST on `before-parameter-build.*.*`
  (the hook the AWS CLI's own test harness, awscli/testutils.py, uses). It runs
  after all CLI argument processing and before botocore's own parameter
  handlers (idempotency tokens, route53 id fixing, user-data base64, ...).
* the call is then stopped by a private BaseException raised FIRST on
  `before-call.*.*`, i.e. after botocore's parameter validation and request
  serialization and before signing/sending. Validation failures therefore show
  up as error lines. Sockets are patched to refuse any connection as a guard.

Output: one JSON object per input line, in order (see README.md for the shape).
Usage: python3 test/commands/cli-corpus/refresh.py [--lines FILE] [--out FILE]
"""
import argparse
import base64
import copy
import datetime
import decimal
import io
import json
import os
import re
import shlex
import socket
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))


def _isolate_environment():
    """Fake credentials, no config/credentials/alias files, no IMDS, UTC."""
    for key in list(os.environ):
        if key.startswith('AWS_') or key.startswith('BOTO_'):
            del os.environ[key]
    home = tempfile.mkdtemp(prefix='cli-corpus-home-')
    empty = os.path.join(home, 'empty')
    open(empty, 'w').close()
    os.environ.update({
        'HOME': home,  # no ~/.aws/config, ~/.aws/cli/alias, history db
        'AWS_CONFIG_FILE': empty,
        'AWS_SHARED_CREDENTIALS_FILE': empty,
        'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLECORPUS',
        'AWS_SECRET_ACCESS_KEY': 'corpus-secret-not-real',
        'AWS_DEFAULT_REGION': 'us-east-1',  # so lines without --region run
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_METADATA_SERVICE_NUM_ATTEMPTS': '0',
        'AWS_PAGER': '',
        'TZ': 'UTC',
    })


_isolate_environment()

import awscli  # noqa: E402
import botocore  # noqa: E402
from awscli import clidriver  # noqa: E402
from awscli.argprocess import ParamError  # noqa: E402
from awscli.clidriver import ServiceCommand, ServiceOperation  # noqa: E402
from awscli.customizations.ec2 import paginate as ec2_paginate  # noqa: E402
from awscli.customizations.paginate import PaginationError  # noqa: E402
from botocore.exceptions import (  # noqa: E402
    InvalidRegionError, ParamValidationError)
from botocore.utils import parse_to_aware_datetime  # noqa: E402


class NetworkAttempt(BaseException):
    """Raised if anything tries to open a connection (must never happen)."""


class StopCall(BaseException):
    """Raised on before-call to stop the request before it is signed/sent."""


def _refuse(*args, **kwargs):
    raise NetworkAttempt('network access attempted: %r' % (args[:2],))


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse

# The CLI's EC2 auto-pagination injects MaxResults=1000 into describe-volumes /
# describe-snapshots when no filter is given: an artefact of auto-pagination,
# which the chat engine does not do. Disable it (before any driver exists).
ec2_paginate.EC2PageSizeInjector.inject = lambda self, **kwargs: None

_LAST_EXCEPTION = []
clidriver.write_exception = lambda ex, outfile: _LAST_EXCEPTION.append(ex)

SINGLE_HYPHEN = re.compile(r'^-[A-Za-z][A-Za-z0-9-]*(=.*)?$')


def chat_tokens(line):
    """Shell-split like bash (no expansion), then chat-only rewrites.

    Chat accepts `-option` for `--option` (mobile keyboards turn `--` into a
    dash); the CLI has no single-dash options, so `-name` is sent as `--name`.
    """
    tokens = shlex.split(line, comments=False, posix=True)
    return ['-' + t if SINGLE_HYPHEN.match(t) else t for t in tokens]


_LOADER = []


def new_driver():
    """A fresh CLIDriver per line (no state leaks), sharing one model loader."""
    driver = clidriver.create_clidriver()
    if not _LOADER:
        _LOADER.append(driver.session.get_component('data_loader'))
    driver.session.register_component('data_loader', _LOADER[0])
    return driver


def precheck(tokens):
    """Return an error dict for lines that are not API operations, else None."""
    driver = new_driver()
    table = driver._get_command_table()
    parser = driver._create_parser(table)
    try:
        with redirect_stderr(io.StringIO()), redirect_stdout(io.StringIO()):
            parsed, rest = parser.parse_known_args(tokens)
            command = table.get(parsed.command)
            if not isinstance(command, ServiceCommand):
                return _unsupported(parsed.command)
            op_parsed, _ = command._create_parser().parse_known_args(rest)
            op = command._get_command_table().get(op_parsed.operation)
            if not isinstance(op, ServiceOperation):
                return _unsupported('%s %s' % (parsed.command, op_parsed.operation))
    except SystemExit:
        return None  # the real run reports the parse error
    return None


def _unsupported(what):
    return {'code': 'unsupported-command',
            'message': "'%s' is an AWS CLI customization, not an API operation" % what}


class Capture:
    def __init__(self):
        self.params = None
        self.model = None
        self.globals = None

    def before_parameter_build(self, params, model, **kwargs):
        if self.params is None:
            self.params = copy.deepcopy(params)
            self.model = model

    def top_level_args(self, parsed_args, **kwargs):
        if self.globals is None:
            self.globals = {'service': parsed_args.command, 'region': parsed_args.region,
                            'query': parsed_args.query, 'output': parsed_args.output}

    @staticmethod
    def before_call(**kwargs):
        raise StopCall()


def run_line(line):
    try:
        tokens = chat_tokens(line)
    except ValueError as e:  # e.g. "No closing quotation": the shell would refuse it
        return {'line': line, 'error': {'code': 'invalid-quoting', 'message': str(e)}}
    if 'help' in tokens or '--help' in tokens:  # the CLI would render man pages
        return {'line': line, 'error': _unsupported('help')}
    unsupported = precheck(tokens)
    if unsupported:
        return {'line': line, 'error': unsupported}
    result = _run_tokens(line, tokens)
    err = result.get('error', {})
    if err.get('code') == 'missing-required' and 'outfile' in err.get('missing', []):
        # Streaming-output operations (lambda invoke, ...) need a positional
        # outfile in the CLI; chat has no files, so supply one. Nothing is written.
        result = _run_tokens(line, tokens + [os.devnull])
    return result


def _run_tokens(line, tokens):
    del _LAST_EXCEPTION[:]
    driver = new_driver()
    capture = Capture()
    events = driver.session.get_component('event_emitter')
    events.register_first('top-level-args-parsed', capture.top_level_args)
    events.register_first('before-parameter-build.*.*', capture.before_parameter_build)
    events.register_first('before-call.*.*', capture.before_call)
    stderr, stdout = io.StringIO(), io.StringIO()
    exc = None
    rc = None
    sys.argv[0] = 'aws'
    try:
        with redirect_stderr(stderr), redirect_stdout(stdout):
            rc = driver.main(list(tokens))
    except StopCall:
        rc = 'stopped'
    except SystemExit as e:
        rc = ('exit', e.code)
    except NetworkAttempt:
        raise
    except Exception as e:  # raised outside CLIDriver.main's own handler
        exc = e
    if exc is None and _LAST_EXCEPTION:
        exc = _LAST_EXCEPTION[-1]
    if rc == 'stopped':
        return _success(line, capture)
    error = classify(exc, stderr.getvalue(), rc)
    return {'line': line, 'error': error}


def _success(line, capture):
    model = capture.model
    g = capture.globals or {}
    out = {'line': line,
           'service': g.get('service'),  # the CLI name as typed: s3api, deploy, ...
           'operation': model.name,
           'params': to_json(capture.params, model.input_shape)}
    for key in ('region', 'query', 'output'):
        if g.get(key) is not None:
            out[key] = g[key]
    return out


def iso(dt):
    dt = parse_to_aware_datetime(dt).astimezone(datetime.timezone.utc)
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)


def to_json(value, shape):
    """Convert CLI-parsed params to JSON, tagging timestamps and blobs."""
    if value is None or shape is None:
        return value
    t = shape.type_name
    if t == 'structure' and isinstance(value, dict):
        if shape.is_document_type:
            return json.loads(json.dumps(value))
        return {k: to_json(v, shape.members.get(k)) for k, v in value.items()}
    if t == 'list' and isinstance(value, list):
        return [to_json(v, shape.member) for v in value]
    if t == 'map' and isinstance(value, dict):
        return {k: to_json(v, shape.value) for k, v in value.items()}
    if t == 'timestamp':
        return {'$timestamp': iso(value)}
    if t == 'blob':
        if isinstance(value, str):
            value = value.encode('utf-8')
        elif hasattr(value, 'read'):
            value = value.read()
        return {'$blob': base64.b64encode(value).decode('ascii')}
    if isinstance(value, decimal.Decimal):  # put-metric-data customization
        return float(value)
    return value


ARGPARSE_CODES = [
    ('argument command: Invalid choice', 'unknown-service'),
    ('argument operation: Invalid choice', 'unknown-operation'),
    ('the following arguments are required', 'missing-required'),
    ('ambiguous option', 'ambiguous-option'),
    ('expected one argument', 'missing-value'),
    ('expected at least one argument', 'missing-value'),
    ('invalid int value', 'invalid-value'),
    ('invalid float value', 'invalid-value'),
    ('Invalid choice', 'invalid-value'),
    ('not allowed with argument', 'conflicting-options'),
]


def classify(exc, stderr, rc):
    if exc is None:
        return _classify_argparse(stderr, rc)
    msg = str(exc).strip()
    if isinstance(exc, ParamValidationError):
        return _classify_validation(msg)
    if isinstance(exc, InvalidRegionError):
        return {'code': 'invalid-region', 'message': msg}
    if type(exc).__name__ == 'UnknownArgumentError':
        return {'code': 'unknown-option', 'message': msg}
    if isinstance(exc, ParamError):
        if exc.cli_name == '--query':
            return {'code': 'invalid-query', 'message': msg}
        inner = exc.message
        if 'Invalid JSON' in inner:
            return {'code': 'invalid-json', 'message': msg}
        if inner.startswith(('Expected:', 'Second instance of key', 'Shorthand syntax')):
            return {'code': 'invalid-shorthand', 'message': msg}
        return {'code': 'invalid-value', 'message': msg}
    if isinstance(exc, PaginationError):
        return {'code': 'conflicting-options', 'message': msg}
    if isinstance(exc, ValueError) and msg.startswith('Bad value for --query'):
        return {'code': 'invalid-query', 'message': msg}
    if isinstance(exc, (ValueError, TypeError)):
        return {'code': 'invalid-value', 'message': msg}
    return {'code': 'cli-error', 'message': '%s: %s' % (type(exc).__name__, msg)}


def _classify_argparse(stderr, rc):
    text = stderr.strip()
    unknown = re.search(r'^Unknown options: .*$', text, re.M)
    if unknown:  # UnknownArgumentError, printed by CLIDriver.main itself
        return {'code': 'unknown-option', 'message': unknown.group(0)}
    match = re.search(r'aws: error: (.*)', text, re.S)
    body = match.group(1) if match else text
    for needle, code in ARGPARSE_CODES:
        if needle in body:
            error = {'code': code, 'message': _short(body)}
            if code == 'missing-required':
                names = body.split('required:', 1)[1].strip().splitlines()[0]
                error['missing'] = [n.strip() for n in names.split(',')]
            return error
    return {'code': 'cli-error', 'message': _short(body) or 'exit %r' % (rc,)}


def _short(body):
    """First line of an argparse error, plus the 'maybe you meant' hints."""
    first = body.strip().splitlines()[0] if body.strip() else ''
    first = first.replace(', valid choices are:', '')
    hints = re.findall(r'^\s+\* (\S+)$', body, re.M)
    invalid = re.search(r"Invalid choice: '([^']*)'", body)
    if invalid:
        first += " '%s'" % invalid.group(1)
    if hints:
        first += ' (maybe you meant: %s)' % ', '.join(hints)
    return first


def _classify_validation(msg):
    lines = [l.strip() for l in msg.splitlines()[1:] if l.strip()]
    missing = []
    for l in lines:
        m = re.match(r'Missing required parameter in (\S+?): "([^"]+)"', l)
        if m:
            path = m.group(1)
            missing.append(m.group(2) if path == 'input' else '%s.%s' % (path, m.group(2)))
    if missing:
        return {'code': 'missing-required', 'message': msg, 'missing': missing}
    if any(l.startswith('Unknown parameter') for l in lines):
        return {'code': 'unknown-key', 'message': msg}
    return {'code': 'invalid-value', 'message': msg}


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.strip() and not line.lstrip().startswith('#'):
                yield line.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--lines', default=os.path.join(HERE, 'lines.txt'))
    ap.add_argument('--out', default=os.path.join(HERE, 'expected.jsonl'))
    args = ap.parse_args()
    results = [run_line(line) for line in read_lines(args.lines)]
    with open(args.out, 'w', encoding='utf-8') as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    ok = [r for r in results if 'error' not in r]
    errors = [r for r in results if 'error' in r]
    codes = {}
    for r in errors:
        codes[r['error']['code']] = codes.get(r['error']['code'], 0) + 1
    services = sorted({r['service'] for r in results if 'service' in r})
    print('aws-cli/%s botocore/%s: %d lines, %d parsed, %d errors %s, %d services: %s'
          % (awscli.__version__, botocore.__version__, len(results), len(ok), len(errors),
             json.dumps(codes, sort_keys=True), len(services), ' '.join(services)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
