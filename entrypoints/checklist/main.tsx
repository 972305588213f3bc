import { render } from 'preact';
import { ChecklistPage } from './ChecklistPage';

render(<ChecklistPage />, document.getElementById('app')!);
