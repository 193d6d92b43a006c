/* citekit.h — the one header to include for libcitekit. */
#pragma once

#define CITEKIT_INSIDE
#include "ck-version.h"
#include "ck-error.h"
#include "ck-name.h"
#include "ck-date.h"
#include "ck-record.h"
#include "ck-diag.h"
#include "ck-format.h"
#include "ck-extract.h"
#include "ck-io.h"
#undef CITEKIT_INSIDE
