import { runFixture } from './harness';

runFixture('trick-question');
