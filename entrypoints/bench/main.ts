import { exposeBench } from '../../dev/bench/page';

exposeBench();
