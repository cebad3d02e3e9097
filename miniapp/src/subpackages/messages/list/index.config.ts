export default definePageConfig({
  // Replaced at run time in the person's language (components/Page).
  navigationBarTitleText: '消息中心',
});
