/**
 * Loaded by mocha before any test (.mocharc.json): the AWS SDK must never look for credentials
 * on the network (the EC2 instance metadata service) while tests run; tests that call AWS point
 * the SDK at a local endpoint with fake keys.
 */
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
