import { runFixture } from './harness';

runFixture('prechecked-opt-in');
