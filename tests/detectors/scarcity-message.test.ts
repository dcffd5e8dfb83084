import { runFixture } from './harness';

runFixture('scarcity-message');
