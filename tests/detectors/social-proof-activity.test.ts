import { runFixture } from './harness';

runFixture('social-proof-activity');
