import { exposeFaultLab } from '../../faults/lab';

exposeFaultLab();
