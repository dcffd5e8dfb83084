import { runFixture } from './harness';

runFixture('countdown-timer');
