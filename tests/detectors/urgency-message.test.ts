import { runFixture } from './harness';

runFixture('urgency-message');
