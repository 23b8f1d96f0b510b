export default {
  template: '<div v-html="bio"></div>', // expect: CWE-79
  props: ['bio'],
};
