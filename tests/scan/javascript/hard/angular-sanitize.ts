@Component({ selector: 'app-bio', template: '<div>{{ bio }}</div>' })
export class BioComponent {
  @Input() bio = ''; // ok: CWE-79
}
