import { runFixture } from './harness';

runFixture('missing-privacy-policy');
