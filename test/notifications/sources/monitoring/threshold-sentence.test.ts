import assert from 'node:assert/strict';
import { regionFromName } from '../../../../src/notifications/sources/monitoring/region-names.js';
import { duration, thresholdSentence } from '../../../../src/notifications/sources/monitoring/threshold-sentence.js';

describe('the alarm condition in words', () => {
  const cpu = { metricName: 'CPUUtilization', namespace: 'AWS/EC2', dimensions: [], returnData: true };

  it('reads "CPUUtilization >= 80 for 3 datapoints within 15 minutes"', () => {
    assert.equal(thresholdSentence({ metrics: [cpu], comparison: 'GreaterThanOrEqualToThreshold', threshold: 80, evaluationPeriods: 3, period: 300 }), 'CPUUtilization >= 80 for 3 datapoints within 15 minutes');
  });

  it('says "M of N datapoints" when fewer must breach than are evaluated', () => {
    assert.equal(thresholdSentence({ metrics: [cpu], comparison: 'LessThanOrEqualToThreshold', threshold: 1.5, evaluationPeriods: 5, datapointsToAlarm: 2, period: 3600 }), 'CPUUtilization <= 1.5 for 2 of 5 datapoints within 5 hours');
  });

  it('names the side of the band for anomaly detection alarms', () => {
    const band = { id: 'ad1', expression: 'ANOMALY_DETECTION_BAND(m1)', dimensions: [] };
    assert.equal(thresholdSentence({ metrics: [{ ...cpu, id: 'm1' }, band], thresholdMetricId: 'ad1', comparison: 'GreaterThanUpperThreshold', evaluationPeriods: 1, period: 60 }), 'CPUUtilization above the band for 1 datapoint within 1 minute');
  });

  it('is the rule for a composite alarm, and nothing when the event says nothing', () => {
    assert.equal(thresholdSentence({ metrics: [], alarmRule: 'ALARM(a) AND ALARM(b)' }), 'ALARM(a) AND ALARM(b)');
    assert.equal(thresholdSentence({ metrics: [] }), undefined);
  });

  it('writes periods in the largest whole unit', () => {
    assert.deepEqual([duration(10), duration(60), duration(90), duration(7200), duration(86400)], ['10 seconds', '1 minute', '90 seconds', '2 hours', '1 day']);
  });

  it('finds the Region code from the names CloudWatch writes in SNS messages', () => {
    assert.deepEqual(
      ['US East (N. Virginia)', 'US (Virginia)', 'EU - Ireland', 'Asia Pacific (Tokyo)', 'AWS GovCloud (US-East)', 'eu-west-3', 'Atlantis'].map(regionFromName),
      ['us-east-1', 'us-east-1', 'eu-west-1', 'ap-northeast-1', 'us-gov-east-1', 'eu-west-3', undefined],
    );
  });
});
