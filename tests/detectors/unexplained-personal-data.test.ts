import { runFixture } from './harness';

runFixture('unexplained-personal-data');
