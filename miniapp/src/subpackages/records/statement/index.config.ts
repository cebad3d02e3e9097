export default definePageConfig({
  // Replaced at run time in the person's language (components/Page).
  navigationBarTitleText: '个人权益记录单',
});
