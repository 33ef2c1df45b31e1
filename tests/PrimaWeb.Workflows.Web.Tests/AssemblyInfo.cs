// Every test class here boots the real host, which configures Hangfire's process-wide statics (see PrimaWebFactory):
// two hosts at once would share one JobStorage.Current.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
