import { runFixture } from './harness';

runFixture('step-indicator');
