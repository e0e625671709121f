#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"
