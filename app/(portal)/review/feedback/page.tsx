import { ReviewRecordsPage, reviewRecordsMetadata, type SearchParams } from "@/app/(portal)/review/records-page";

export const generateMetadata = () => reviewRecordsMetadata("feedback");

export default function ReviewFeedbackPage({ searchParams }: { searchParams: SearchParams }) {
  return <ReviewRecordsPage records="feedback" searchParams={searchParams} />;
}
