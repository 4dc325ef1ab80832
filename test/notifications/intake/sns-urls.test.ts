import assert from 'node:assert/strict';
import { checkSigningCertUrl, checkSubscribeUrl } from '../../../src/notifications/intake/sns-urls.js';

const problemOf = (check: ReturnType<typeof checkSigningCertUrl>) => (check.ok ? undefined : check.problem);

describe('SNS URL rules', () => {
  describe('SigningCertURL', () => {
    for (const url of [
      'https://sns.us-east-2.amazonaws.com/SimpleNotificationService-7ff5318490ec183fbaddaa2a969abfda.pem',
      'https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem',
      'https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-abc.pem',
    ]) {
      it(`accepts ${url}`, () => {
        const check = checkSigningCertUrl(url);
        assert.equal(problemOf(check), undefined);
        assert.equal(check.ok && check.url.href, url);
      });
    }

    const rejected: Array<[string, RegExp]> = [
      ['https://sns.us-east-1.amazonaws.com.evil.com/x.pem', /host/],
      ['https://sns.us-east-1.amazonaws.com/x?y=.pem', /query/],
      ['https://sns.us-east-1.amazonaws.com/x.pem?', /query/],
      ['http://sns.us-east-1.amazonaws.com/x.pem', /not https/],
      ['https://user@sns.us-east-1.amazonaws.com/x.pem', /user info/],
      ['https://user:pw@sns.us-east-1.amazonaws.com/x.pem', /user info/],
      ['https://sns.us-east-1.amazonaws.com:8443/x.pem', /port/],
      ['https://sns.us-east-1.amazonaws.com:443/x.pem', /not written as/],
      ['https://sns.us-east-1.amazonaws.com/x.pem#frag', /fragment/],
      ['https://sns.us-east-1.amazonaws.com/x.txt', /\.pem/],
      ['https://sns.us-east-1.amazonaws.com/.pem', /\.pem/],
      ['https://evil.com/sns.us-east-1.amazonaws.com/x.pem', /host/],
      ['https://sns.us-east-1.amazonaws.com.cn.evil.com/x.pem', /host/],
      ['https://evil.com\\@sns.us-east-1.amazonaws.com/x.pem', /backslash/],
      ['https://sns.us-east-1.amazonaws.com./x.pem', /host/],
      ['https://SNS.us-east-1.amazonaws.com/x.pem', /not written as/],
      ['https://sns.us-east-1.amazonaws.com/x\t.pem', /control/],
      ['https://127.0.0.1/x.pem', /host/],
      ['https://sns.us-east-1.amazonaws.com%2eevil.com/x.pem', /not a URL|host/],
      ['//sns.us-east-1.amazonaws.com/x.pem', /not a URL/],
      ['file:///etc/passwd.pem', /not https/],
    ];
    for (const [url, why] of rejected) {
      it(`rejects ${JSON.stringify(url)}`, () => {
        assert.match(problemOf(checkSigningCertUrl(url)) ?? 'accepted', why);
      });
    }
  });

  describe('SubscribeURL', () => {
    it('accepts the SNS confirmation URL with its query', () => {
      const url = 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:123456789012:MyTopic&Token=2336412f37';
      const check = checkSubscribeUrl(url);
      assert.ok(check.ok);
      assert.equal(check.url.hostname, 'sns.us-west-2.amazonaws.com');
    });

    for (const url of [
      'https://sns.us-west-2.amazonaws.com.attacker.example/?Action=ConfirmSubscription',
      'http://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription',
      'https://169.254.169.254/latest/meta-data/',
      'https://attacker@sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription',
      'https://sns.us-west-2.amazonaws.com:8080/?Action=ConfirmSubscription',
      'https://localhost/?Action=ConfirmSubscription',
      'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription#x',
    ]) {
      it(`refuses ${url}`, () => {
        assert.equal(checkSubscribeUrl(url).ok, false);
      });
    }
  });
});
