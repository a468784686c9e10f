// Thin C wrappers over the few ICU entry points Winnow uses.
//
// Why: ICU renames every function with a version suffix (ubrk_open -> ubrk_open_72) by
// macro, which Swift cannot see through. Each wrapper is `static inline`, so the call is
// resolved by the C compiler and costs nothing. Wrappers take and return plain C types
// (void*, uint16_t*, int32_t) so no ICU type appears in Swift signatures.
#ifndef WINNOW_CICU_SHIM_H
#define WINNOW_CICU_SHIM_H

#define U_SHOW_CPLUSPLUS_API 0
#include <stdint.h>
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/uspoof.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

static inline int wn_failure(int32_t err) { return U_FAILURE((UErrorCode)err); }
static inline const char *wn_error_name(int32_t err) { return u_errorName((UErrorCode)err); }

// NFKC_Casefold: compatibility forms folded, case folded, default ignorables removed.
static inline const void *wn_nfkc_cf(int32_t *err) {
    return unorm2_getNFKCCasefoldInstance((UErrorCode *)err);
}
static inline int32_t wn_normalize(const void *norm, const uint16_t *src, int32_t len,
                                   uint16_t *dest, int32_t cap, int32_t *err) {
    return unorm2_normalize((const UNormalizer2 *)norm, (const UChar *)src, len,
                            (UChar *)dest, cap, (UErrorCode *)err);
}

// Word break iterator. Open one prototype, clone it per thread.
static inline void *wn_word_breaker(int32_t *err) {
    return ubrk_open(UBRK_WORD, "", NULL, 0, (UErrorCode *)err);
}
static inline void *wn_break_clone(const void *bi, int32_t *err) {
    return ubrk_clone((const UBreakIterator *)bi, (UErrorCode *)err);
}
static inline void wn_break_set_text(void *bi, const uint16_t *text, int32_t len, int32_t *err) {
    ubrk_setText((UBreakIterator *)bi, (const UChar *)text, len, (UErrorCode *)err);
}
static inline int32_t wn_break_first(void *bi) { return ubrk_first((UBreakIterator *)bi); }
static inline int32_t wn_break_next(void *bi) { return ubrk_next((UBreakIterator *)bi); }
static inline int32_t wn_break_status(const void *bi) {
    return ubrk_getRuleStatus((const UBreakIterator *)bi);
}
static inline int32_t wn_break_done(void) { return UBRK_DONE; }
static inline void wn_break_close(void *bi) { ubrk_close((UBreakIterator *)bi); }

// Confusable skeletons (UTS #39): match keys, not text.
static inline void *wn_spoof_open(int32_t *err) {
    return uspoof_open((UErrorCode *)err);
}
static inline int32_t wn_skeleton(const void *sc, const uint16_t *id, int32_t len,
                                  uint16_t *dest, int32_t cap, int32_t *err) {
    return uspoof_getSkeleton((const USpoofChecker *)sc, 0, (const UChar *)id, len,
                              (UChar *)dest, cap, (UErrorCode *)err);
}
static inline void wn_spoof_close(void *sc) { uspoof_close((USpoofChecker *)sc); }

// Character classes for code points outside ASCII.
static inline int wn_is_alnum(int32_t c) { return u_isalnum((UChar32)c); }
static inline int wn_is_space(int32_t c) { return u_isUWhiteSpace((UChar32)c); }

// Legacy charsets (Shift_JIS, EUC-KR, GB18030, windows-1251, ...) to UTF-16; with `dest`
// NULL and `cap` 0 the length needed (U_BUFFER_OVERFLOW_ERROR in `err`).
static inline int32_t wn_charset_to_utf16(const char *charset, const char *src, int32_t len,
                                          uint16_t *dest, int32_t cap, int32_t *err) {
    UConverter *conv = ucnv_open(charset, (UErrorCode *)err);
    if (U_FAILURE((UErrorCode)*err)) return 0;
    int32_t n = ucnv_toUChars(conv, (UChar *)dest, cap, src, len, (UErrorCode *)err);
    ucnv_close(conv);
    return n;
}

// The charset ICU's detector finds likeliest for `src`, copied into `name` (NUL-ended),
// with its confidence (0-100).
static inline void wn_detect_charset(const char *src, int32_t len, char *name, int32_t cap,
                                     int32_t *confidence, int32_t *err) {
    UCharsetDetector *det = ucsdet_open((UErrorCode *)err);
    if (U_FAILURE((UErrorCode)*err)) return;
    ucsdet_setText(det, src, len, (UErrorCode *)err);
    const UCharsetMatch *match = ucsdet_detect(det, (UErrorCode *)err);
    if (match && U_SUCCESS((UErrorCode)*err)) {
        const char *found = ucsdet_getName(match, (UErrorCode *)err);
        *confidence = ucsdet_getConfidence(match, (UErrorCode *)err);
        int32_t k = 0;
        while (found && found[k] && k + 1 < cap) { name[k] = found[k]; k++; }
        name[k] = 0;
    }
    ucsdet_close(det);
}

#endif
