/** Printed sales documents: each takes plain, already computed data and gives the PDF file. */
export { invoicePdf } from './invoice';
export { couponSheetPdf } from './coupon-sheet';
