export default {
  template: '<div v-html="bio"></div>',
  props: ['bio'],
};
